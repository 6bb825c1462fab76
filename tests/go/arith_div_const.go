package main

import (
	"fmt"
	"math"
)

type Cents int32

const week = 7

func main() {
	xs := []int64{0, 1, -1, 6, 7, -7, 8, -8, 13, -13, 1000000006, 1000000007, -1000000008,
		math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1, math.MaxInt32, math.MinInt32}
	for _, x := range xs {
		fmt.Println(x, x/2, x%2, x/3, x%3, x/7, x%7, x/10, x%10, x/1000000007, x%1000000007,
			x/math.MaxInt64, x%math.MaxInt64, x/(1<<40), x%(1<<40))
	}
	for _, v := range []int8{127, -128, -1, 5, -5} {
		fmt.Println(v/3, v%3, v/127, v%127, int16(v)/100, int32(v)%64)
	}
	var c Cents = -12345
	fmt.Println(c/100, c%100, c/week, c%week)
	n := 987654321
	n /= 10
	n %= 1000
	m := -987654321
	m %= 1000
	m /= 7
	fmt.Println(n, m)
	sum := 0
	for i := 0; i < 100000; i++ {
		sum = (sum + i*i) % 1000000007
	}
	digits := 0
	for v := sum; v > 0; v /= 10 {
		digits += v % 10
	}
	fmt.Println(sum, digits)
	var u uint64 = math.MaxUint64
	fmt.Println(u/3, u%3, uint8(250)/7, uint8(250)%7)
}
