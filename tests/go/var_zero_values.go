// Declarations: var with and without initialisers, var blocks, zero values
// of every basic type, and package-level variables.
package main

import "fmt"

var (
	gBool    bool
	gInt     int
	gInt8    int8
	gInt16   int16
	gInt32   int32
	gInt64   int64
	gUint    uint
	gUint8   uint8
	gUint16  uint16
	gUint32  uint32
	gUint64  uint64
	gUintptr uintptr
	gByte    byte
	gRune    rune
	gF32     float32
	gF64     float64
	gString  string
)

var counter = 100
var greeting, target = "hello", "world"

func bump() int {
	counter++
	return counter
}

func main() {
	fmt.Println(gBool, gInt, gInt8, gInt16, gInt32, gInt64)
	fmt.Println(gUint, gUint8, gUint16, gUint32, gUint64, gUintptr, gByte, gRune)
	fmt.Println(gF32, gF64, gString == "", len(gString))
	fmt.Printf("%q %v %T\n", gString, gF64, gRune)

	var b bool
	var i int
	var s string
	var f float64
	fmt.Println(b, i, s, f)
	fmt.Printf("[%s] [%d] [%v]\n", s, i, b)

	var (
		x     = 1
		y int = 2
		z     = "z"
	)
	fmt.Println(x, y, z)

	fmt.Println(greeting, target, counter)
	bump()
	bump()
	v := bump()
	fmt.Println(counter, v)
	gInt = 5
	gString = "set"
	fmt.Println(gInt, gString)
}
