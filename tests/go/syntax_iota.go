package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f = "e", iota
	g, h
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	mask = FlagA | FlagB | FlagC
)

const (
	x0 = iota * 1.5
	x1
	x2 float32 = iota + 0.25
	x3
)

const single = iota

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d] }

func main() {
	fmt.Println(int(Sunday), int(Monday), int(Tuesday), int(Thursday))
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e, f, g, h)
	fmt.Println(FlagA, FlagB, FlagC, mask, mask&^FlagB)
	fmt.Println(x0, x1, x2, x3, single)
	const local = iota
	const (
		p = iota + 100
		q
	)
	fmt.Println(local, p, q)
	fmt.Printf("%T %T %T\n", Monday, KB, x3)
}
