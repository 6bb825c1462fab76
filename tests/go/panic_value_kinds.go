package main

import (
	"errors"
	"fmt"
)

type MyInt int
type MyStr string
type Pt struct{ X, Y int }

func catch(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r, r)
	}()
	f()
}

func main() {
	catch(func() { panic(1) })
	catch(func() { panic("s") })
	catch(func() { panic(true) })
	catch(func() { panic(2.5) })
	catch(func() { panic(MyInt(3)) })
	catch(func() { panic(MyStr("ms")) })
	catch(func() { panic(Pt{1, 2}) })
	catch(func() { panic(errors.New("an error")) })
	catch(func() { panic([]int{1, 2}) })
	catch(func() { panic(uint8(200)) })
}
