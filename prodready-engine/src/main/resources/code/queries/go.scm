; Normalised captures for Go.

(call_expression function: (_) @call.callee arguments: (argument_list) @call.args) @call
(argument_list (_) @arg)

(function_declaration name: (identifier) @func.name parameters: (parameter_list) @func.params body: (block) @func.body) @func
(method_declaration name: (field_identifier) @func.name parameters: (parameter_list) @func.params body: (block) @func.body) @func
(func_literal parameters: (parameter_list) @func.params body: (block) @func.body) @func

(short_var_declaration left: (_) @assign.left right: (_) @assign.right) @assign
(assignment_statement left: (_) @assign.left right: (_) @assign.right) @assign
(var_spec name: (_) @assign.left value: (_) @assign.right) @assign
(const_spec name: (_) @assign.left value: (_) @assign.right) @assign
(keyed_element key: (_) @pair.key value: (_) @pair.value) @pair

(interpreted_string_literal) @str
(raw_string_literal) @str
(binary_expression left: (_) @concat.left operator: "+" right: (_) @concat.right) @concat

(for_statement body: (block) @loop.body) @loop

(if_statement condition: (_) @if.cond) @if
(return_statement) @return
(import_spec path: (_) @import.source) @import
(comment) @comment
(ERROR) @error
