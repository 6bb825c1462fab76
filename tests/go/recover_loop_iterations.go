package main

import "fmt"

func step(i int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("step ", i, " failed: ", r)
		}
	}()
	if i%3 == 0 {
		panic(i * 10)
	}
	return fmt.Sprint("step ", i, " ok")
}

func main() {
	for i := 0; i < 7; i++ {
		fmt.Println(step(i))
	}
	errs := 0
	for i := 0; i < 1000; i++ {
		func() {
			defer func() {
				if recover() != nil {
					errs++
				}
			}()
			if i%7 == 0 {
				panic("seven")
			}
		}()
	}
	fmt.Println("errors:", errs)
}
