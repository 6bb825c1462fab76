package main

import "fmt"

func main() {
	fmt.Println("waiting forever")
	select {}
}
