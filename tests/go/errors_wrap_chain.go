package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempErr struct{ code int }

func (t TempErr) Error() string   { return fmt.Sprintf("temp %d", t.code) }
func (t TempErr) Is(e error) bool { _, ok := e.(TempErr); return ok }

type Coded interface {
	error
	Code() int
}

type codeErr int

func (c codeErr) Error() string { return "code " + strconv.Itoa(int(c)) }
func (c codeErr) Code() int      { return int(c) }

type asErr struct{}

func (asErr) Error() string { return "asErr" }
func (asErr) As(target any) bool {
	if p, ok := target.(*codeErr); ok {
		*p = 77
		return true
	}
	return false
}

func find(key string) error {
	if key == "" {
		return &QueryError{"find", ErrNotFound}
	}
	return nil
}

func main() {
	err := find("")
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	w := fmt.Errorf("layer2: %w", err)
	w2 := fmt.Errorf("layer3: %w", w)
	fmt.Println(w2)
	fmt.Println(errors.Is(w2, ErrNotFound), errors.Is(w2, errors.New("not found")))
	var qe *QueryError
	if errors.As(w2, &qe) {
		fmt.Println("as:", qe.Query, qe.Err)
	}
	fmt.Println(errors.Unwrap(w2) == w, errors.Unwrap(errors.Unwrap(w2)) == err)
	fmt.Println(errors.Unwrap(ErrNotFound), errors.Unwrap(nil))
	fmt.Println(errors.Is(nil, nil), errors.Is(err, nil), errors.Is(nil, err))
	fmt.Println(errors.Is(fmt.Errorf("x: %w", TempErr{1}), TempErr{2}))
	var c Coded
	fmt.Println(errors.As(fmt.Errorf("wrapped: %w", codeErr(5)), &c), c, c.Code())
	var ce codeErr
	fmt.Println(errors.As(asErr{}, &ce), ce)
	fmt.Println(errors.As(errors.New("plain"), &ce), ce)
	_, perr := strconv.Atoi("abc")
	fmt.Println(errors.Is(perr, strconv.ErrSyntax))
	fmt.Println(fmt.Errorf("no wrap %v", err), fmt.Errorf("bad %w", "str"), fmt.Errorf("bad %w", 3))
	e2 := fmt.Errorf("two %w %w", err, ErrNotFound)
	fmt.Println(e2, errors.Unwrap(e2) == nil)
	fmt.Printf("%T %T\n", w, fmt.Errorf("plain"))
	fmt.Println(fmt.Sprintf("%w", TempErr{3}))
	fmt.Println(fmt.Errorf("%w", nil), errors.Unwrap(fmt.Errorf("%w", nil)) == nil)
	var anyErr error
	fmt.Println(errors.As(w2, &anyErr), anyErr == w2)
	defer func() { fmt.Println("recovered:", recover()) }()
	errors.As(err, nil)
}
