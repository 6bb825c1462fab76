package main

import "fmt"

func main() {
	x := 1
	s := "str"
	fmt.Println(x)
	fmt.Println(x, s)
	fmt.Println("a", x)
	fmt.Printf("%d %s\n", x, s)
	fmt.Printf("%d\n", x+1)
	fmt.Print(s, x, "k")
	v := fmt.Sprint(x)
	fmt.Println(v)
	fmt.Println(1, true, 2.5)
	fmt.Println(&x)
	var f float64 = 2
	println(f, x)
}
