package main

func f() {
	for {
}
