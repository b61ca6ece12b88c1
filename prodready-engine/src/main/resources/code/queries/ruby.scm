; Normalised captures for Ruby. Calls capture the method name; the callee runs from the call's start.

(call method: (_) @call.name) @call
(call arguments: (argument_list) @call.args) @call
(call block: (_) @call.block) @call
(argument_list (_) @arg)

(method name: (_) @func.name) @func
(method parameters: (method_parameters) @func.params) @func
(method body: (_) @func.body) @func
(singleton_method name: (_) @func.name) @func
(singleton_method body: (_) @func.body) @func
(do_block body: (_) @func.body) @func
(block body: (_) @func.body) @func

(class name: (_) @class.name) @class
(class superclass: (_) @class.bases) @class
(module name: (_) @class.name) @class

(assignment left: (_) @assign.left right: (_) @assign.right) @assign
(operator_assignment left: (_) @assign.left right: (_) @assign.right) @assign
(pair key: (_) @pair.key value: (_) @pair.value) @pair

(string) @str
(interpolation) @interp
(binary left: (_) @concat.left operator: "+" right: (_) @concat.right) @concat

(for body: (_) @loop.body) @loop
(while body: (_) @loop.body) @loop
(until body: (_) @loop.body) @loop

(if condition: (_) @if.cond) @if
(unless condition: (_) @if.cond) @if
(return) @return
(comment) @comment
(ERROR) @error
