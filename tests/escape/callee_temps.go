package main

import "fmt"

// gc evaluates a callee (or a method call's receiver) that contains a call
// into a temporary first (f()(x) is `t := f(); t(x)`); -m names it.
type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type S struct{ f func(int) int }

func mk() S { return S{f: func(x int) int { return x + 1 }} }

func adder(n int) func(int) int { return func(x int) int { return x + n } }

func chain() func() func() int {
	return func() func() int { return func() int { return 7 } }
}

type Stringer interface{ String() string }

type N int

func (n N) String() string { return fmt.Sprint(int(n)) }

func get() Stringer { return N(4) }

func main() {
	c := Celsius(100)
	fmt.Println(c.ToF().ToC(), adder(2)(3), chain()()(), mk().f(1), get().String())
	p := new(S)
	p.f = adder(1)
	fmt.Println(p.f(1))
}
