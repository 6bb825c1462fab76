package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type PP struct{ X int }

func (p *PP) String() string { return fmt.Sprint("PP#", p.X) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Named string

func (n Named) String() string { return "<" + string(n) + ">" }

type G struct{ A int }

func (g G) GoString() string { return "G!" }

type wrap struct {
	P Point
	p Point
	E error
}

type Nilly struct{ v int }

func (n *Nilly) String() string { return fmt.Sprint(n.v) }

type Boom struct{}

func (Boom) String() string { panic("kaboom") }

func main() {
	c := Celsius(21.5)
	fmt.Println(c, Point{1, 2})
	fmt.Printf("%v %s %q %x %X %d\n", c, Point{3, 4}, Named("hi"), Named("hi"), Named("hi"), Point{5, 6})
	fmt.Println(PP{7}, &PP{8})
	var e error = &MyErr{42}
	fmt.Println(e)
	fmt.Printf("%v|%s|%q|%+v|%#v\n", Both{}, Both{}, Both{}, Both{}, Both{})
	fmt.Println([]Point{{1, 2}, {3, 4}}, map[string]Point{"a": {5, 6}}, map[Named]int{"k": 1})
	fmt.Printf("%v %+v\n", wrap{Point{1, 1}, Point{2, 2}, errors.New("inner")}, wrap{Point{1, 1}, Point{2, 2}, nil})
	fmt.Printf("%#v %v\n", G{1}, G{1})
	fmt.Println([]*PP{{1}, nil})
	var np *Nilly
	fmt.Println(np)
	fmt.Printf("[%5v]\n", np)
	fmt.Println(Boom{})
	fmt.Printf("%s|%d\n", Boom{}, Boom{})
	s := fmt.Sprint(c, " and ", Point{9, 9})
	fmt.Println(s, len(s))
	fmt.Printf("%10s|%-8v|\n", Point{1, 2}, Named("x"))
	fmt.Println([]error{e, errors.New("x"), nil})
	fmt.Printf("%v\n", [2]Celsius{1, 2})
}
