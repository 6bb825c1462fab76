// Every assignment operator, and ++/--, on every kind of operand, with the
// result wrapped to the operand's type.
package main

import "fmt"

func main() {
	i := 10
	i += 5
	i -= 3
	i *= 4
	i /= 5
	i %= 7
	fmt.Println(i)
	i = 6
	i <<= 3
	i >>= 1
	i &= 0x1c
	i |= 0x41
	i ^= 0x3
	i &^= 0x40
	fmt.Println(i)
	i++
	i++
	i--
	fmt.Println(i)

	var u8 uint8 = 250
	u8 += 10
	fmt.Println(u8)
	u8 -= 5
	fmt.Println(u8)
	u8 *= 3
	fmt.Println(u8)
	u8 <<= 2
	fmt.Println(u8)
	var i8 int8 = 120
	i8 += 10
	fmt.Println(i8)
	i8 *= -1
	i8--
	fmt.Println(i8)
	i8 >>= 2
	fmt.Println(i8)

	f := 1.5
	f *= 4
	f /= 8
	f -= 1
	fmt.Println(f)
	var f32 float32 = 0.1
	f32 += 0.2
	f32 *= 10
	fmt.Println(f32)

	s := "go"
	s += "pher"
	s += ""
	s += string(rune('!'))
	fmt.Println(s, len(s))

	var r rune = 'a'
	r += 2
	r++
	fmt.Println(r, string(r))

	n := 0
	for k := 1; k <= 100; k++ {
		n += k
	}
	fmt.Println(n)
}
