package main

import "fmt"

func label(name string, n int) string {
	return name + ": " + fmt.Sprint(n)
}

func main() {
	s := label("x", 1)
	t := fmt.Sprintf("%s/%s", s, s)
	fmt.Println(t)
}
