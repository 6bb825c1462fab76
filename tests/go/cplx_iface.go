package main

import "fmt"

type Num interface{}

func describe(x interface{}) string {
	switch v := x.(type) {
	case complex64:
		return fmt.Sprintf("complex64 %v re=%v", v, real(v))
	case complex128:
		return fmt.Sprintf("complex128 %v im=%v", v, imag(v))
	case float64:
		return "float64"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type Cx complex128

func (c Cx) String2() string { return fmt.Sprint(complex128(c)) }

type Abser interface{ Abs2() float64 }

func (c Cx) Abs2() float64 { return real(c)*real(c) + imag(c)*imag(c) }

func main() {
	var a interface{} = 1 + 2i
	var b interface{} = complex64(1 + 2i)
	fmt.Println(describe(a), describe(b), describe(2.0), describe("s"))
	fmt.Println(a == b, a == interface{}(1+2i), b == interface{}(complex64(1+2i)))
	c, ok := a.(complex128)
	fmt.Println(c, ok)
	d, ok := a.(complex64)
	fmt.Println(d, ok)
	var x Abser = Cx(3 + 4i)
	fmt.Println(x.Abs2(), x)
	fmt.Printf("%v %T\n", x, x)
	vals := []interface{}{1i, complex64(2i), Cx(3i), nil}
	for _, v := range vals {
		fmt.Print(describe(v), "; ")
	}
	fmt.Println()
	cx := Cx(1 - 1i)
	cx *= 2
	fmt.Println(cx, cx.String2(), -cx)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var e interface{} = complex64(1)
	_ = e.(complex128)
}
