; JSX (TSX and JavaScript grammars).

(jsx_attribute) @jsxattr
