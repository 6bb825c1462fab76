package main

import "fmt"

func main() {
	s := "hello, 世界"
	fmt.Println(len(s), s[0], s[1:5], s[:3]+s[7:])
	b := s < "world" && s != ""
	r := '\u00e9'
	esc := "\a\b\f\n\r\t\v\\\"\x41\101\u00e9\U0001F600"
	raw := `a\nb
c`
	fmt.Printf("%v %c %q %s\n", b, r, esc, raw)
	x := fmt.Sprintf("%5d|%-5d|%+d|% d|%#x", 42, 42, 42, 42, 42)
	fmt.Print(x, "\n", fmt.Sprint(1, "a", 2), fmt.Sprintln("end"))
}
