package main

import (
	"errors"
	"fmt"
)

func unnamed() (int, string) {
	defer func() { recover() }()
	panic("x")
}

func named() (n int, s string) {
	defer func() {
		if recover() != nil {
			s = "recovered"
		}
	}()
	n = 5
	panic("y")
}

func parse(s string) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint("parse failed: ", r))
		}
	}()
	digits := []int{}
	for _, c := range s {
		if c < '0' || c > '9' {
			panic(fmt.Sprint("bad digit ", string(c)))
		}
		digits = append(digits, int(c-'0'))
	}
	for _, d := range digits {
		v = v*10 + d
	}
	return v, nil
}

func afterReturn() (r int) {
	defer func() { recover() }()
	defer func() { panic("late") }()
	return 9
}

func main() {
	fmt.Println(unnamed())
	fmt.Println(named())
	fmt.Println(parse("123"))
	fmt.Println(parse("12x"))
	fmt.Println(afterReturn())
}
