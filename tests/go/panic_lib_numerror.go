package main

import (
	"strconv"
)

func main() {
	_, err := strconv.Atoi("zz")
	panic(err)
}
