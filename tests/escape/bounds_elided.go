// Indexes gc proves in range from their type and form alone (a byte into
// [256]T, a mask, an unsigned % or >>), whose bounds checks it drops and
// -m reports, in the order its walk meets them: a function, then its
// function literals, the last first.
package main

var tbl [256]int
var small [16]int

const hex = "0123456789abcdef"

func f(b byte, i int, u uint) int {
	g := func() int { return tbl[b] + small[i&15] }
	h := func() int {
		k := func() int { return small[u%16] }
		return small[b>>4] + k()
	}
	x := tbl[b] + int(hex[b&0xF]) + small[u>>60] + small[u/(1<<60)]
	p := &tbl
	x += p[b]
	tbl[b] = x
	return x + g() + h() + small[i%16] + small[uint8(i)>>4]
}

func main() {
	println(f(200, 7, 99))
}
