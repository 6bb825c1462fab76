package main

import (
	"errors"
	"fmt"
	"strconv"
)

func find(ok bool) error {
	if ok {
		return nil
	}
	return errors.New("not found")
}

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	fmt.Println(e1, e2, e1 != nil)
	fmt.Printf("[%v] [%s] [%q] [%x] [%X] [%10v] [%-8s] [%.2s] [%T]\n", e1, e1, e1, e1, e1, e1, e1, e1, e1)
	fmt.Println(find(true), find(false))
	if err := find(false); err != nil {
		fmt.Println("error:", err)
	}
	s := fmt.Sprint(e1, " and ", e2)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("wrapped: %v", e1))
	_, err := strconv.Atoi("x")
	fmt.Printf("%v|%T\n", err, err)
	_, err = strconv.ParseFloat("1e999", 64)
	fmt.Println(err)
	errs := []error{e1, nil, err}
	fmt.Println(errs)
	fmt.Printf("%v %d\n", errs, len(errs))
	m := map[string]error{"a": e1}
	fmt.Println(m)
	_, err = strconv.Unquote("x")
	fmt.Println(err, strconv.ErrSyntax, strconv.ErrRange)
	var none error
	fmt.Println(none, none == nil)
	fmt.Printf("%v %d\n", none, none)
}
