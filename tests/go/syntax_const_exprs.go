package main

import "fmt"

const big = 1 << 100
const small = big >> 98
const f = 1.0 / 3
const typed int8 = 100
const r = 'a' + 1
const s = "con" + "cat"
const b = len(s) > 3 && !false

type Celsius float64

const Boiling Celsius = 100

func main() {
	fmt.Println(small, f, typed, r, string(rune(r)), s, b)
	fmt.Println(big/(1<<97), float32(f), Boiling*2, Boiling/3)
	var x uint8 = 255
	x++
	fmt.Println(x, ^0, -7/2, -7%2, 7>>1, 1.5e3, 0x1p-2, 0b101, 0o17, 1_000_000)
	const h = 'x' - 'a'
	var arr [h]int
	fmt.Println(len(arr), cap(arr), len([5]int{}))
	fmt.Printf("%T %T %T %T\n", small, f, r, Boiling)
}
