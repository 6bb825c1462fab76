package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, i := range []int64{0, 1, -1, 42, -42, 99, 100, math.MaxInt64, math.MinInt64} {
		fmt.Println(strconv.Itoa(int(i)), strconv.FormatInt(i, 2), strconv.FormatInt(i, 16), strconv.FormatInt(i, 36), strconv.FormatInt(i, 7))
	}
	fmt.Println(strconv.FormatUint(math.MaxUint64, 10), strconv.FormatUint(math.MaxUint64, 2), strconv.FormatUint(255, 16))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	b := []byte("int:")
	b = strconv.AppendInt(b, -1234, 10)
	b = strconv.AppendInt(b, 255, 16)
	fmt.Println(string(b))
	b = strconv.AppendQuote([]byte("q:"), "hi\n☺")
	fmt.Println(string(b))
	fmt.Println(strconv.IntSize)
}
