; TypeScript-only node types (TypeScript and TSX grammars).

(abstract_class_declaration name: (_) @class.name body: (class_body) @class.body) @class
