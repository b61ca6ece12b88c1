; Normalised captures for Python. f-strings are STR with INTERP children; "%" formatting is FORMAT.

(call function: (_) @call.callee arguments: (_) @call.args) @call
(argument_list (_) @arg)

(function_definition name: (identifier) @func.name parameters: (parameters) @func.params body: (block) @func.body) @func
(lambda body: (_) @func.body) @func
(decorated_definition) @decorated
(decorator) @decorator
(class_definition name: (identifier) @class.name body: (block) @class.body) @class
(class_definition superclasses: (argument_list) @class.bases) @class

(assignment left: (_) @assign.left right: (_) @assign.right) @assign
(augmented_assignment left: (_) @assign.left right: (_) @assign.right) @assign
(keyword_argument name: (identifier) @pair.key value: (_) @pair.value) @pair
(pair key: (_) @pair.key value: (_) @pair.value) @pair

(string) @str
(interpolation) @interp
(binary_operator left: (_) @concat.left operator: "+" right: (_) @concat.right) @concat
(binary_operator left: (_) @format.left operator: "%" right: (_) @format.right) @format

(for_statement body: (_) @loop.body) @loop
(while_statement body: (_) @loop.body) @loop
(list_comprehension body: (_) @loop.body) @loop
(set_comprehension body: (_) @loop.body) @loop
(dictionary_comprehension body: (_) @loop.body) @loop
(generator_expression body: (_) @loop.body) @loop

(if_statement condition: (_) @if.cond) @if
(conditional_expression) @if
(return_statement) @return
(import_from_statement module_name: (_) @import.source) @import
(import_statement) @import
(comment) @comment
(ERROR) @error
