package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	fmt.Println(e1 == e2, e1 == e1)
	_, err := strconv.Unquote("x")
	fmt.Println(err == strconv.ErrSyntax, err != strconv.ErrRange)
	_, err = strconv.Atoi("x")
	fmt.Println(err == strconv.ErrSyntax)
}
