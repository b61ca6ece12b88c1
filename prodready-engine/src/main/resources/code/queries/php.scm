; Normalised captures for PHP. Double-quoted strings with variables are STR with INTERP children; "." is CONCAT.

(function_call_expression function: (_) @call.callee arguments: (arguments) @call.args) @call
(member_call_expression name: (_) @call.name arguments: (arguments) @call.args) @call
(nullsafe_member_call_expression name: (_) @call.name arguments: (arguments) @call.args) @call
(scoped_call_expression name: (_) @call.name arguments: (arguments) @call.args) @call
(object_creation_expression) @call
(arguments (argument) @arg)

(function_definition name: (name) @func.name parameters: (formal_parameters) @func.params body: (compound_statement) @func.body) @func
(method_declaration name: (name) @func.name parameters: (formal_parameters) @func.params) @func
(method_declaration body: (compound_statement) @func.body) @func
(anonymous_function body: (compound_statement) @func.body) @func
(arrow_function body: (_) @func.body) @func

(class_declaration name: (name) @class.name body: (declaration_list) @class.body) @class
(attribute) @decorator

(assignment_expression left: (_) @assign.left right: (_) @assign.right) @assign
(augmented_assignment_expression left: (_) @assign.left right: (_) @assign.right) @assign
(array_element_initializer (_) @pair.key . "=>" . (_) @pair.value) @pair

(string) @str
(encapsed_string) @str
(heredoc) @str
(encapsed_string [(variable_name) (member_access_expression) (subscript_expression)] @interp)
(heredoc_body [(variable_name) (member_access_expression) (subscript_expression)] @interp)
(binary_expression left: (_) @concat.left operator: "." right: (_) @concat.right) @concat

(foreach_statement body: (_) @loop.body) @loop
(for_statement) @loop
(while_statement body: (_) @loop.body) @loop

(if_statement condition: (_) @if.cond) @if
(return_statement) @return
(echo_statement) @echo
(namespace_use_declaration) @import
(comment) @comment
(ERROR) @error
