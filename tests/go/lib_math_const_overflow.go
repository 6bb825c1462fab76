package main

import (
	"fmt"
	"math"
)

func main() {
	var x int32 = math.MaxInt64
	fmt.Println(x)
}
