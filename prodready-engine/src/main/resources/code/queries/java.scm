; Normalised captures for Java. Member calls capture the method name; the callee runs from the call's start.

(method_invocation name: (identifier) @call.name arguments: (argument_list) @call.args) @call
(object_creation_expression type: (_) @call.callee arguments: (argument_list) @call.args) @call
(argument_list (_) @arg)

(method_declaration name: (identifier) @func.name parameters: (formal_parameters) @func.params) @func
(method_declaration body: (block) @func.body) @func
(constructor_declaration name: (identifier) @func.name parameters: (formal_parameters) @func.params body: (constructor_body) @func.body) @func
(lambda_expression body: (_) @func.body) @func

(class_declaration name: (identifier) @class.name body: (class_body) @class.body) @class
(class_declaration superclass: (_) @class.bases) @class
(interface_declaration name: (identifier) @class.name body: (interface_body) @class.body) @class
(annotation) @decorator
(marker_annotation) @decorator

(variable_declarator name: (_) @assign.left value: (_) @assign.right) @assign
(assignment_expression left: (_) @assign.left right: (_) @assign.right) @assign
(element_value_pair key: (_) @pair.key value: (_) @pair.value) @pair

(string_literal) @str
(binary_expression left: (_) @concat.left operator: "+" right: (_) @concat.right) @concat

(for_statement body: (_) @loop.body) @loop
(enhanced_for_statement body: (_) @loop.body) @loop
(while_statement body: (_) @loop.body) @loop
(do_statement body: (_) @loop.body) @loop

(if_statement condition: (_) @if.cond) @if
(ternary_expression condition: (_) @if.cond) @if
(return_statement) @return
(import_declaration) @import
(line_comment) @comment
(block_comment) @comment
(ERROR) @error
