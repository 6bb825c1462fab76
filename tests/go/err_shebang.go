#!/usr/bin/env go run
package main

func main() {}
