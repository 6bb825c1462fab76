package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func sequence() (s string) {
	defer func() { s += " c" }()
	defer func() { s += " b" }()
	s = "a"
	return s
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = errors.New(fmt.Sprint("wrapped: ", err))
		}
	}()
	return errors.New("inner")
}

func unnamedNotChanged() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func multi() (a, b int) {
	defer func() { a, b = b, a }()
	return 1, 2
}

func bare() (v int, msg string) {
	defer func() { msg = fmt.Sprint(msg, "!") }()
	v, msg = 7, "seven"
	return
}

func main() {
	fmt.Println(double())
	fmt.Println(sequence())
	fmt.Println(wrapErr())
	fmt.Println(unnamedNotChanged())
	fmt.Println(multi())
	fmt.Println(bare())
}
