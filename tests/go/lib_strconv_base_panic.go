package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(10, 36))
	base := 37
	fmt.Println(strconv.FormatInt(10, base))
}
