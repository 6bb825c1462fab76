package main

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func fail(ok bool) error {
	if ok {
		return nil
	}
	return &E{"bad"}
}

func box(n int) interface{} {
	return n * 2
}

func main() {
	println(fail(false) != nil, box(2) != nil)
}
