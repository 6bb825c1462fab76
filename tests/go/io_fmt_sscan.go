package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("12 34 hello 3.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscan("12 abc", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("7", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("x=5 y=hi", "x=%d y=%s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanf("10-20", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err, a, b)
	var i8 int8
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err, i8)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)
	var bb bool
	var u uint
	var r rune
	n, err = fmt.Sscanf("true 0x1f Z", "%t %v %c", &bb, &u, &r)
	fmt.Println(n, err, bb, u, r)
	var q string
	n, err = fmt.Sscanf(`"a b\tc"`, "%q", &q)
	fmt.Printf("%d %v %q\n", n, err, q)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 6", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "%f", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1.5e3 -2", &f, &a)
	fmt.Println(n, err, f, a)
	n, err = fmt.Sscanf("12345", "%3d%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("5", a)
	fmt.Println(n, err)
	rd := bufio.NewReader(strings.NewReader("3\n1 2 3\nrest of line\n"))
	var k int
	fmt.Fscan(rd, &k)
	sum := 0
	for j := 0; j < k; j++ {
		var x int
		fmt.Fscan(rd, &x)
		sum += x
	}
	line, _ := rd.ReadString('\n')
	line2, _ := rd.ReadString('\n')
	fmt.Printf("%d %q %q\n", sum, line, line2)
}
