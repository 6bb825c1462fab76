// Pointer methods returning their receiver let calls chain; a builder over a
// []byte buffer.
package main

import "fmt"

type Builder struct {
	buf   []byte
	count int
}

func (b *Builder) Str(s string) *Builder {
	b.buf = append(b.buf, s...)
	b.count++
	return b
}

func (b *Builder) Int(n int) *Builder {
	if n < 0 {
		b.buf = append(b.buf, '-')
		n = -n
	}
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	b.buf = append(b.buf, digits[i:]...)
	b.count++
	return b
}

func (b *Builder) Byte(c byte) *Builder {
	b.buf = append(b.buf, c)
	b.count++
	return b
}

func (b Builder) String2() string { return string(b.buf) }

func main() {
	var b Builder
	b.Str("x=").Int(42).Byte(',').Str(" y=").Int(-7)
	fmt.Println(b.String2(), b.count)

	s := (&Builder{}).Str("a").Str("b").Int(0).String2()
	fmt.Println(s)

	bs := []Builder{{}, {}}
	bs[1].Str("second").Int(2)
	fmt.Println(bs[0].String2() == "", bs[1].String2())
}
