package main

import (
	"fmt"
	"math"
)

func main() {
	var x int8 = math.MaxInt16
	fmt.Println(x)
}
