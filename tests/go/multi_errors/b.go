package main

import "os"

func helper() {
	var z int
	var s string = 5
}
