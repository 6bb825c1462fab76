package main

import "fmt"

func main() {
	var a int
	var s string
	var f float32
	var u8 uint8
	var b bool
	cases := []struct {
		in, format string
		args       []interface{}
	}{
		{"12", "%s", []interface{}{&a}},
		{"12", "%d", []interface{}{&s}},
		{"x", "%d", []interface{}{&a}},
		{"1", "%d%%", []interface{}{&a}},
		{"1%", "%d%%", []interface{}{&a}},
		{"300", "%d", []interface{}{&u8}},
		{"-1", "%d", []interface{}{&u8}},
		{"maybe", "%t", []interface{}{&b}},
		{"TRUE", "%t", []interface{}{&b}},
		{"1e500", "%g", []interface{}{&f}},
		{"a b", "%s %s", []interface{}{&s}},
		{"a\nb", "%s %s", []interface{}{&s, &s}},
		{"a b", "%s\n%s", []interface{}{&s, &s}},
		{"5 6", "%d,%d", []interface{}{&a, &a}},
		{"5", "%d", []interface{}{a}},
		{"0x1F", "%v", []interface{}{&a}},
		{"0b101", "%v", []interface{}{&a}},
		{"017", "%v", []interface{}{&a}},
		{"ff", "%x", []interface{}{&a}},
		{"777", "%o", []interface{}{&a}},
		{"U+1F600", "%U", []interface{}{&a}},
		{"6869", "%x", []interface{}{&s}},
		{"`raw str`", "%q", []interface{}{&s}},
		{"1_000", "%v", []interface{}{&a}},
		{"", "%d", []interface{}{&a}},
		{"7", "", []interface{}{&a}},
	}
	for _, c := range cases {
		n, err := fmt.Sscanf(c.in, c.format, c.args...)
		fmt.Printf("%q %q -> %d %v | a=%d s=%q f=%v u8=%d b=%v\n", c.in, c.format, n, err, a, s, f, u8, b)
	}
	n, err := fmt.Sscan("1 2", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanln("1 2", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanln("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("\n", &a)
	fmt.Println(n, err)
}
