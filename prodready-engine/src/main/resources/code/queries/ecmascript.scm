; Normalised captures for the JavaScript family (TypeScript, TSX, JavaScript share these node types).
; Capture names are node kinds (dev.prodready.collect.code.Kind); "kind.slot" names a part of that node.

(call_expression function: (_) @call.callee arguments: (_) @call.args) @call
(new_expression constructor: (_) @call.callee arguments: (arguments) @call.args) @call
(arguments (_) @arg)

(function_declaration name: (identifier) @func.name parameters: (formal_parameters) @func.params body: (statement_block) @func.body) @func
(generator_function_declaration name: (identifier) @func.name parameters: (formal_parameters) @func.params body: (statement_block) @func.body) @func
(function_expression parameters: (formal_parameters) @func.params body: (statement_block) @func.body) @func
(arrow_function body: (_) @func.body) @func
(arrow_function parameters: (formal_parameters) @func.params) @func
(arrow_function parameter: (identifier) @func.params) @func
(method_definition name: (_) @func.name parameters: (formal_parameters) @func.params body: (statement_block) @func.body) @func

(class_declaration name: (_) @class.name body: (class_body) @class.body) @class
(class name: (_) @class.name body: (class_body) @class.body) @class

(variable_declarator name: (_) @assign.left value: (_) @assign.right) @assign
(assignment_expression left: (_) @assign.left right: (_) @assign.right) @assign
(augmented_assignment_expression left: (_) @assign.left right: (_) @assign.right) @assign
(pair key: (_) @pair.key value: (_) @pair.value) @pair

(string) @str
(template_string) @str
(template_substitution) @interp
(binary_expression left: (_) @concat.left operator: "+" right: (_) @concat.right) @concat

(for_statement body: (_) @loop.body) @loop
(for_in_statement body: (_) @loop.body) @loop
(while_statement body: (_) @loop.body) @loop
(do_statement body: (_) @loop.body) @loop

(if_statement condition: (_) @if.cond) @if
(ternary_expression condition: (_) @if.cond) @if
(return_statement) @return
(export_statement) @export
(import_statement source: (string) @import.source) @import
(comment) @comment
(decorator) @decorator
(ERROR) @error
