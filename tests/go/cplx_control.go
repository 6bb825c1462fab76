package main

import "fmt"

type Op func(a, b complex128) complex128

type Calc struct{ acc complex128 }

func (c *Calc) Apply(op Op, v complex128) *Calc { c.acc = op(c.acc, v); return c }
func (c Calc) Value() complex128               { return c.acc }

var ops = map[string]Op{
	"add": func(a, b complex128) complex128 { return a + b },
	"mul": func(a, b complex128) complex128 { return a * b },
	"div": func(a, b complex128) complex128 { return a / b },
}

var initd = func() complex64 { return 1 + 1i }()

func classify(c complex128) string {
	switch c {
	case 0:
		return "zero"
	case 1i, -1i:
		return "unit imaginary"
	case 1:
		return "one"
	}
	switch {
	case real(c) == 0:
		return "imaginary"
	case imag(c) == 0:
		return "real"
	}
	return "complex"
}

func main() {
	for _, c := range []complex128{0, 1i, -1i, 1, 2, 3i, 1 + 1i} {
		fmt.Print(classify(c), ", ")
	}
	fmt.Println()
	c := &Calc{}
	c.Apply(ops["add"], 2+1i).Apply(ops["mul"], 1i).Apply(ops["div"], 1-1i)
	fmt.Println(c.Value(), initd)
	val := c.Value
	fmt.Println(val())
	for i := 0; i < 3; i++ {
		defer func(z complex64) { fmt.Println("defer", z, i) }(complex(float32(i), 1))
	}
	done := make(chan bool)
	go func(z complex128, s string) {
		fmt.Println(s, z*z)
		done <- true
	}(2+2i, "goroutine")
	<-done
	sel := make(chan complex64, 1)
	select {
	case sel <- 5i:
	default:
	}
	select {
	case v, ok := <-sel:
		fmt.Println(v, ok)
	}
	var arr [3]complex128
	for i := range arr {
		arr[i] = complex(float64(i), float64(-i))
	}
	j := 2
	arr[j] *= arr[j]
	fmt.Println(arr, arr == [3]complex128{0, 1 - 1i, -8i})
	x := 1 + 0i
	for x != 1024 {
		x *= 2
	}
	fmt.Println(x)
	m := map[string]complex64{}
	m["a"] += 1i
	m["a"] *= 2
	m["b"]--
	fmt.Println(m)
	fmt.Printf("%v %p\n", *&x, nil)
	type pair struct{ a, b complex64 }
	ps := map[pair]int{{1, 2}: 1}
	ps[pair{1, 2}]++
	fmt.Println(ps)
	lbl := 0i
outer:
	for {
		for {
			lbl += 1i
			if imag(lbl) > 3 {
				break outer
			}
		}
	}
	fmt.Println(lbl)
}
