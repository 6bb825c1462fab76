package main

import (
	"errors"
	"fmt"
	"strconv"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.code) }

func find(k int) error {
	switch k {
	case 0:
		return nil
	case 1:
		return errors.New("not found")
	default:
		return &MyErr{k}
	}
}

func main() {
	for k := 0; k < 3; k++ {
		err := find(k)
		if err != nil {
			fmt.Println(k, err.Error())
		} else {
			fmt.Println(k, "ok")
		}
		if me, ok := err.(*MyErr); ok {
			fmt.Println("code", me.code)
		}
	}
	_, err := strconv.Atoi("12x")
	fmt.Println(err.Error())
	var e error = errors.New("a")
	var x interface{} = e
	if ee, ok := x.(error); ok {
		fmt.Println("is error:", ee.Error())
	}
	e2 := errors.New("a")
	fmt.Println(e == e2, e == e)
}
