package main

import "fmt"

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func (r *Rect) Scale(k float64) { r.W *= k; r.H *= k }

func (r Rect) Name() string { return fmt.Sprintf("rect %gx%g", r.W, r.H) }
