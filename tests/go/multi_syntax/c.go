package main

var v int = "not checked: syntax errors stop first"
