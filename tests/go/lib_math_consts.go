package main

import (
	"fmt"
	"math"
)

const tiny = math.SmallestNonzeroFloat64 / 2

func main() {
	fmt.Println(math.E, math.Pi, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi)
	fmt.Println(math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt64, math.MinInt64, uint(math.MaxUint), math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	var f32 float32 = math.MaxFloat32
	var i8 int8 = math.MinInt8
	fmt.Println(f32, i8, math.Pi*2, math.Pi/180, float32(math.Pi))
	const big = math.MaxUint64 + 1
	fmt.Println(big/2 == 1<<63, math.MaxInt64 == 1<<63-1, tiny == 0)
	fmt.Printf("%T %T %T\n", math.Pi, math.MaxInt32, math.MaxInt8)
	x := math.Pi
	fmt.Printf("%T %v\n", x, x)
	fmt.Println(math.Float64bits(math.Pi), math.Float64bits(math.E), math.Float64bits(math.Ln2), math.Float64bits(math.Log2E), math.Float64bits(math.Log10E), math.Float64bits(math.Sqrt2))
}
