package main

// strings is imported in b.go only, so here it is a package-level name.
var strings = []string{"c.go", "var"}
