package main

import "errors"

type wrapped struct{ err error }

func (w *wrapped) Error() string { return "wrapped: " + w.err.Error() }

func main() {
	defer func() {
		panic(&wrapped{errors.New("second")})
	}()
	panic(errors.New("first"))
}
