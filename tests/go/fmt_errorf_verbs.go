package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (n NotFound) Error() string { return "missing " + n.Key }

func main() {
	base := NotFound{"k1"}
	e1 := fmt.Errorf("lookup %q: %w", "k1", base)
	fmt.Println(e1)
	fmt.Printf("%v|%s|%q|%x|%10.4v|\n", e1, e1, e1, e1, e1)
	fmt.Println(errors.Unwrap(e1) == base, errors.Is(e1, NotFound{"k1"}), errors.Is(e1, NotFound{"k2"}))
	var nf NotFound
	fmt.Println(errors.As(e1, &nf), nf.Key)
	e2 := fmt.Errorf("%d items: %v (wrapped: %w)", 3, []string{"a"}, e1)
	fmt.Println(e2, errors.Is(e2, base))
	e3 := fmt.Errorf("plain %v", base)
	fmt.Println(e3, errors.Unwrap(e3), errors.Is(e3, base))
	fmt.Println(fmt.Errorf("%w", base) != fmt.Errorf("%w", base))
	fmt.Printf("%T|%T|%T\n", e1, e3, base)
	fmt.Println(fmt.Errorf("%#v %+v", base, base))
	fmt.Println(fmt.Errorf("missing %w"), fmt.Errorf("extra", base))
	fmt.Println(fmt.Errorf("%v %w %s", 1, errors.New("x"), "y"))
}
