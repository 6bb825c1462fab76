package main

import "fmt"

// String conversions escape analysis keeps in the frame use a 32-element
// frame buffer when the result fits (Go's tmpBuf) and the heap when it does
// not; a buffered slice stays intact while deep recursion moves the stack
// under it. (cap is not printed: it is 32 in a frame buffer, so it depends
// on the escape decision, in Go too, and vm -noescape changes it.)
func sum(b []byte) int {
	n := 0
	for _, c := range b {
		n += int(c)
	}
	return n
}

func depth(n int, b []byte) int {
	if n == 0 {
		return sum(b)
	}
	var pad [8]int
	pad[n%8] = n
	return depth(n-1, b) + pad[n%8] - n
}

func runes(s string) int {
	r := []rune(s)
	return len(r)*1000 + int(r[len(r)-1])
}

func main() {
	short := "hello"
	long := "a string that is clearly longer than thirty-two bytes"
	b := []byte(short)
	fmt.Println(len(b), sum(b), depth(3000, []byte(short)))
	l := []byte(long)
	fmt.Println(len(l), sum(l))
	total := 0
	for i := 0; i < 50; i++ {
		x := []byte(short)
		x[0] = byte('a' + i%26)
		total += sum(x) + len(string(x))
	}
	fmt.Println(total, runes("héllo"), runes(long))
	fmt.Println(len(string([]rune(long))), string([]byte(short)) == short)
}
