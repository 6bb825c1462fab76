package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("skipped by os.Exit")
	fmt.Println("exiting")
	os.Exit(3)
}
