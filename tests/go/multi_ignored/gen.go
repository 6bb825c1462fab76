//go:build ignore

package main

func which() string { return "from an ignored file" }
