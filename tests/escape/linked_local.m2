./linked_local.go:11:7: &Node{...} does not escape
